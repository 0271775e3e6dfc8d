import CairoCanvas

/// Process-wide set-up that must happen once, before any other thread starts (it changes the
/// environment the drawing libraries read).
public enum ProcessSetup {
    public static func prepare() {
        SceneRenderer.prepareProcess()
    }
}

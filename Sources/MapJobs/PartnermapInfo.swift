/// Name and version of the tool, shown by `--version` and written into outputs.
public enum PartnermapInfo {
    public static let version = "0.1.0"
}

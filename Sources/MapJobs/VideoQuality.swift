import OptionModel

/// How hard ffmpeg works on a video and how much detail it keeps: the encoder's constant quality
/// and speed preset for each format.
public enum VideoQuality: String, Sendable, CaseIterable, OptionValue {
    /// Small files, fast: previews.
    case low
    /// Sharp flat colours and lines at a fast preset: the default.
    case medium
    /// Near-transparent quality at a slow preset: masters for editing.
    case high

    /// ffmpeg's encoder options for `format` (mp4, webm or gif).
    func encoderArguments(for format: String) -> [String] {
        switch (format, self) {
        // x264's "animation" tuning suits flat areas and thin lines; veryfast costs little size here.
        case ("mp4", .low): return ["-preset", "veryfast", "-crf", "30", "-tune", "animation"]
        case ("mp4", .medium): return ["-preset", "veryfast", "-crf", "23", "-tune", "animation"]
        case ("mp4", .high): return ["-preset", "slow", "-crf", "17", "-tune", "animation"]
        case ("webm", .low): return ["-b:v", "0", "-crf", "42", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1"]
        case ("webm", .medium): return ["-b:v", "0", "-crf", "32", "-deadline", "good", "-cpu-used", "5", "-row-mt", "1"]
        case ("webm", .high): return ["-b:v", "0", "-crf", "24", "-deadline", "good", "-cpu-used", "2", "-row-mt", "1"]
        case (_, .low): return ["-vf", "split[a][b];[a]palettegen=max_colors=64[p];[b][p]paletteuse"]
        default: return ["-vf", "split[a][b];[a]palettegen[p];[b][p]paletteuse"]
        }
    }

    package init(optionText: String) throws {
        guard let quality = VideoQuality(rawValue: optionText.lowercased()) else {
            throw OptionError("\"\(optionText)\" is not a video quality (expected low, medium or high)")
        }
        self = quality
    }
    package static var optionChoices: [String] { allCases.map(\.rawValue) }
    package var optionText: String { rawValue }
}

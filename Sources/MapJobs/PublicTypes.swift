import CairoCanvas
import Cartography
import PartnerData

// The types of the options and results a program using the library names, so that
// `import MapJobs` is enough to set every option and read what a job made.

/// The look of a map: projection, framing, layers, colours, language (Cartography's).
public typealias MapSpec = Cartography.MapSpec
public typealias ProjectionChoice = Cartography.ProjectionChoice
public typealias ExtentChoice = Cartography.ExtentChoice
public typealias InsetChoice = Cartography.InsetChoice
public typealias InsetPosition = Cartography.InsetPosition
public typealias ColorScheme = Cartography.ColorScheme
public typealias ThemeName = Cartography.ThemeName
public typealias LabelLanguage = Cartography.LabelLanguage
public typealias MapLayer = Cartography.MapLayer
public typealias AnimationOptions = Cartography.AnimationOptions
public typealias UndatedPolicy = Cartography.UndatedPolicy
/// PNG, PDF or SVG.
public typealias OutputFormat = CairoCanvas.OutputFormat
/// A hub and its partners, as read from a table.
public typealias Network = PartnerData.Network
public typealias City = PartnerData.City

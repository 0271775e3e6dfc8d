/// A job that could not be done, with a message for the user: what was wrong and what was expected.
public struct JobError: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}

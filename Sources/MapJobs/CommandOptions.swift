import OptionModel

extension MapOptions {
    /// A command's options from its command-line words: the spec file's (`--spec`) first, then the
    /// command line's over them; then every check the command makes before it starts.
    public static func parse(_ command: MapCommand, arguments: [String]) throws -> MapOptions {
        let cli: [OptionAssignment<MapOptions>]
        do { cli = try CommandLineOptions.parse(arguments, options(for: command)) } catch let e as OptionError {
            throw JobError(e.description)
        }
        var o = MapOptions()
        do {
            if let given = cli.last(where: { $0.option.key == "spec" })?.values.last {
                try SpecFile.load(given).assignments(for: command).apply(to: &o)
            }
            try cli.apply(to: &o)
        } catch let e as OptionError {
            throw JobError(e.description)
        }
        try o.check(for: command)
        return o
    }

    /// Checks a spec file as the commands would: every value, then each command's checks.
    public static func checkSpec(_ path: String) throws {
        try checkSpec(SpecFile.load(path))
    }

    /// Runs each command's checks on the options a read spec gives it.
    package static func checkSpec(_ spec: SpecFile) throws {
        let path = spec.path
        var errors: [String] = []
        for command in MapCommand.withSpecSections {
            var o = MapOptions()
            do {
                try spec.assignments(for: command).apply(to: &o)
                try o.check(for: command)
            } catch {
                errors.append("\(path): error: for \(command.rawValue): \(error)")
            }
        }
        if !errors.isEmpty { throw JobError(errors.joined(separator: "\n")) }
    }
}

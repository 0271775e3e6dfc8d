import ArgumentParser
import MapJobs

/// `partnermap batch`: many maps from one spec, in one process.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Make many maps, posters, frames or videos from one YAML spec in one process, on all cores.",
        discussion: """
        The spec has a matrix over any option keys (every combination is a job) and/or a list of \
        jobs, an output template, and defaults for every job:
          matrix:
            data: [nanning.csv, guilin.csv]    # paths relative to the spec
            lang: [en, zh, vi, th]
            format: [png, pdf]
          output: "{data}-{lang}.{format}"     # any key of the job; {data} is the table's name, {hub} the hub's id
          size: 1920x1080                      # any other key: an option of every job
          jobs:                                # more jobs, each with its own keys
            - {product: poster, lang: zh, output: poster-zh.pdf}
        product: is map (the default), poster, frames or video, as a key or a matrix axis. Tables, the \
        basemap and the fonts are loaded once, and maps that differ only in their format are planned \
        once. Each output is written atomically; DIR/batch.json lists every job's options, input \
        SHA-256, output and its SHA-256, and a re-run skips the jobs that are up to date. A failed \
        job doesn't stop the others; the exit is then 1. --shard K/N runs the K-th of N disjoint \
        parts, for job runners: the shards' outputs together are the same files as one run. Examples:
          partnermap batch atlas.yml -o atlas/
          partnermap batch atlas.yml -o atlas/ --shard 2/4
          parallel partnermap batch atlas.yml -o atlas/ --quiet --shard {}/4 ::: 1 2 3 4
        """)

    @Argument(help: ArgumentHelp("The batch spec (YAML).", valueName: "spec"))
    var spec: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the outputs and batch.json (created if missing).", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Jobs at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Run only the K-th of N parts of the batch (1 ≤ K ≤ N).", valueName: "K/N"))
    var shard: String?

    @Flag(help: "Make every output again, even those batch.json shows up to date.")
    var force = false

    @Flag(help: "Print only the summary (and errors).")
    var quiet = false

    func run() throws {
        try exitWith(CommandRunner.batch(spec: spec, output: output, jobs: jobs, shard: shard, force: force, quiet: quiet))
    }
}

import CLibFuzzer
import Foundation

/// Starts libFuzzer on a fuzz target's test function, with the process's arguments.
///
/// SwiftPM links every Swift executable with `main` renamed to its module's entry point, so
/// libFuzzer's own `main` is never used: each target's top-level code calls this instead.
public enum FuzzDriver {
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}

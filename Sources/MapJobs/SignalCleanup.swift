import Foundation

/// Ctrl-C (SIGINT) or SIGTERM end the process cleanly: child processes are stopped, every
/// temporary file and folder is removed, and the exit status is 130 or 143.
///
/// The signal handler itself only writes the signal's number into a pipe (the one thing a
/// handler may safely do); a thread waiting on the pipe does the cleanup.
package enum SignalCleanup {
    /// Installs the handlers once; later calls do nothing.
    package static func install() {
        _ = installed
    }

    private static let installed: Bool = {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        signalPipe = fds[1]
        let reader = fds[0]
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for s in [SIGINT, SIGTERM] {
            // A signal the parent ignored stays ignored (as a shell's background jobs ignore
            // Ctrl-C); one it left blocked is unblocked, for this thread and those it starts.
            var current = sigaction()
            sigaction(s, nil, &current)
            if let h = current.__sigaction_handler.sa_handler, unsafeBitCast(h, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            sigaddset(&unblock, s)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { s in
                var byte = UInt8(truncatingIfNeeded: s)
                _ = write(signalPipe, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(s, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        let thread = Thread {
            var signal: UInt8 = 0
            while read(reader, &signal, 1) != 1 {}
            TemporaryFiles.shared.removeAllAndHold()
            _exit(128 + Int32(signal))
        }
        thread.name = "signal cleanup"
        thread.start()
        return true
    }()
}

/// The pipe's writing end, set once before any handler is installed.
nonisolated(unsafe) private var signalPipe: Int32 = -1

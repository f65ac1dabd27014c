// The C library's `stdout`, which `print` writes through. This file imports only Glibc, with
// @preconcurrency: the global `stdout` is a C variable Swift 6 cannot check, and it is only
// used on the main thread, at the end of a command.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

enum StandardOutputStream {
  /// Flushes `stdout`; `false` when the flush, or an earlier write, failed (the error is then
  /// cleared, so the caller reports it once).
  static func flush() -> Bool {
    let failed = fflush(stdout) != 0 || ferror(stdout) != 0
    if failed { clearerr(stdout) }
    return !failed
  }
}

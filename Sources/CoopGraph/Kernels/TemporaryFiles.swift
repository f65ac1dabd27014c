import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The temporary files ``FileIO/write(_:to:)`` has open, removed by a signal handler when the
/// process is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ when a file-size limit is
/// passed, SIGPIPE; each unless the process was started ignoring it)
/// before it renames them into place. The handler only calls `unlink`, `signal` and `raise`,
/// which are async-signal-safe, on C strings kept in a fixed table.
enum TemporaryFiles {
  static let capacity = 16
  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs the handlers once.
  static func installHandlers() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    installed = true
    _ = temporaryFileSlots  // allocate the table before any handler can run
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ, SIGPIPE] {
      // A signal the process was started ignoring (nohup's SIGHUP, a shell's `trap '' PIPE`)
      // stays ignored: the write then fails with an error instead, which removes the file too.
      let previous = signal(sig, removeTemporaryFilesAndDie)
      if let previous, unsafeBitCast(previous, to: Int.self) == 1 { _ = signal(sig, previous) }
    }
  }

  static func track(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for i in 0..<capacity where temporaryFileSlots[i] == nil {
      temporaryFileSlots[i] = strdup(path)
      return
    }
  }

  static func untrack(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for i in 0..<capacity {
      guard let slot = temporaryFileSlots[i], String(cString: slot) == path else { continue }
      temporaryFileSlots[i] = nil
      free(slot)
      return
    }
  }
}

nonisolated(unsafe) private let temporaryFileSlots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
  let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: TemporaryFiles.capacity)
  table.initialize(repeating: nil, count: TemporaryFiles.capacity)
  return table
}()

private func removeTemporaryFilesAndDie(_ sig: Int32) {
  for i in 0..<TemporaryFiles.capacity {
    if let path = temporaryFileSlots[i] { unlink(path) }
  }
  signal(sig, SIG_DFL)
  raise(sig)
}

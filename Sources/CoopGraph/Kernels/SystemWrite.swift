import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing bytes to a file descriptor with the system call, for ``FileIO``'s exclusive
/// temporary files.
enum SystemWrite {
  /// Writes all of `data` to `fd`, retrying after a signal; `false` (with `errno` set) when
  /// the system refuses (a full disk, a closed pipe).
  static func all(_ data: Data, to fd: Int32) -> Bool {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
      guard let base = raw.baseAddress else { return true }
      var done = 0
      while done < raw.count {
        #if canImport(Glibc)
          let n = Glibc.write(fd, base + done, raw.count - done)
        #else
          let n = Darwin.write(fd, base + done, raw.count - done)
        #endif
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }
  }
}

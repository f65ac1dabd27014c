#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file in chunks that each end at a line break, so that a line-based reader parses a
/// file of any size through one buffer of about ``chunkSize`` bytes instead of holding the
/// whole file (a 150 MB edge list otherwise costs 150 MB before the first edge is read).
///
/// Every chunk but the last ends just after a `\n`; the last ends at the end of the file. A line
/// longer than the buffer comes whole, in a buffer grown for it.
enum LineChunks {
  /// The bytes read at a time: 1 MiB.
  static let chunkSize = 1 << 20

  /// A read the system refused, with its `errno`.
  struct ReadFailure: Error {
    var code: Int32
    var message: String { String(cString: strerror(code)) }
  }

  /// Calls `body` with each chunk of the open file `descriptor`, in order, until the end of the
  /// file.
  /// - Throws: ``ReadFailure`` when a read fails; whatever `body` throws.
  static func forEach(
    descriptor: Int32, chunkSize: Int = chunkSize, _ body: (ArrayView<UInt8>) throws -> Void
  ) throws {
    var capacity = Swift.max(chunkSize, 16)
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var filled = 0
    // The bytes before `searched` hold no line break.
    var searched = 0
    while true {
      if filled == capacity {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        grown.update(from: buffer, count: filled)
        buffer.deallocate()
        buffer = grown
        capacity *= 2
      }
      let n = read(descriptor, buffer + filled, capacity - filled)
      if n < 0 {
        if errno == EINTR { continue }
        throw ReadFailure(code: errno)
      }
      if n == 0 {
        if filled > 0 { try body(ArrayView(UnsafeBufferPointer(start: buffer, count: filled))) }
        return
      }
      filled += n
      var end = filled
      while end > searched && buffer[end - 1] != 0x0A { end -= 1 }
      guard end > searched else {
        searched = filled
        continue
      }
      try body(ArrayView(UnsafeBufferPointer(start: buffer, count: end)))
      let rest = filled - end
      if rest > 0 { memmove(buffer, buffer + end, rest) }
      filled = rest
      searched = rest
    }
  }
}

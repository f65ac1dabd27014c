/// The checks every text reader makes on the bytes of a file before parsing: valid UTF-8 and
/// no NUL byte (which no format can carry through every writer: C strings end there, XML cannot
/// hold it, and two ids differing only after it would print alike).
enum TextCheck {
  struct Problem: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// The first invalid UTF-8 sequence or NUL byte, with its 1-based line and column (column in
  /// Unicode scalars), or `nil` when the text is clean.
  ///
  /// - Complexity: O(bytes), one pass.
  static func firstProblem(in bytes: [UInt8]) -> Problem? {
    bytes.withArrayView { firstProblem(in: $0) }
  }

  /// The first problem in a buffer, its line counted from 1 at the buffer's start (so a
  /// reader that checks a file chunk by chunk, each starting a line, adds the lines before).
  static func firstProblem(in bytes: ArrayView<UInt8>) -> Problem? {
    // Fast path: plain ASCII without NUL, the common case for large edge lists.
    var plain = true
    for b in bytes where b == 0 || b >= 0x80 {
      plain = false
      break
    }
    if plain { return nil }
    var line = 1
    var column = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let u):
        if u.value == 0 { return Problem(line: line, column: column, message: "the text contains a NUL character") }
        if u == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return nil
      case .error:
        return Problem(line: line, column: column, message: "file is not valid UTF-8 text")
      }
    }
  }
}

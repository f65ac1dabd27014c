#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text conversion through the C library's iconv, for spreadsheets saved in the encodings
/// Excel uses besides UTF-8 (UTF-16 with a byte-order mark, GB18030/GBK from Chinese Excel).
enum Iconv {
  /// `bytes` converted from `encoding` (an iconv name such as `GB18030` or `UTF-16LE`) to
  /// UTF-8, or `nil` when they are not valid text in that encoding.
  static func utf8(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
    let cd = iconv_open("UTF-8", encoding)
    guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(cd) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
    let capacity = output.count
    var left = 0
    let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outLeft = capacity
        let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
        left = outLeft
        return result != -1 && inLeft == 0
      }
    }
    guard ok else { return nil }
    return Array(output[0..<(capacity - left)])
  }
}

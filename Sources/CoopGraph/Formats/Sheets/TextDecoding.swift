/// The encodings a spreadsheet's CSV export arrives in, read as UTF-8.
///
/// - UTF-8, with or without a byte-order mark;
/// - UTF-16, little- or big-endian, with its byte-order mark (Excel's "Unicode text");
/// - GB18030 (and its subset GBK), which Chinese Excel writes: read when the bytes are not
///   UTF-8, are valid GB18030 and hold Chinese text; the read says so in a note.
///
/// Anything else is an error that names the line of the first byte that is not UTF-8 and the
/// exact `iconv` command that converts the file.
enum TextDecoding {
  /// The file's text as UTF-8 bytes, and the encoding it was read in when not UTF-8.
  static func utf8(_ raw: [UInt8], file: String) throws -> (bytes: [UInt8], encoding: String?) {
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
      let rest = Array(raw.dropFirst(3))
      if String(validating: rest, as: UTF8.self) != nil { return (rest, nil) }
      throw notUTF8(rest, file: file, offset: 3)
    }
    for (bom, name) in [([UInt8(0xFF), 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where raw.starts(with: bom) {
      guard let text = Iconv.utf8(Array(raw.dropFirst(2)), from: name) else {
        throw InputError(at: SourceLocation(file: file, line: 1), "the file starts like \(name) text but is not valid \(name)")
      }
      return (text, name)
    }
    if String(validating: raw, as: UTF8.self) != nil { return (raw, nil) }
    if let text = Iconv.utf8(raw, from: "GB18030"), holdsChinese(text) { return (text, "GB18030") }
    throw notUTF8(raw, file: file, offset: 0)
  }

  /// Whether UTF-8 text holds a CJK ideograph (and no control character but tab and line ends).
  static func holdsChinese(_ bytes: [UInt8]) -> Bool {
    let s = String(decoding: bytes, as: UTF8.self)
    var cjk = false
    for u in s.unicodeScalars {
      if (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value) { cjk = true }
      if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { return false }
    }
    return cjk
  }

  /// The error for bytes that are not UTF-8: the line of the first bad byte and how to convert.
  static func notUTF8(_ bytes: [UInt8], file: String, offset: Int) -> InputError {
    var line = 1
    var i = 0
    while i < bytes.count {
      let end = Swift.min(bytes.count, i + 4)
      var step = 0
      for len in 1...(end - i) where String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil {
        step = len
        break
      }
      if step == 0 { break }
      if bytes[i] == 0x0A { line += 1 }
      i += step
    }
    let quoted = "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return InputError(
      at: SourceLocation(file: file, line: line),
      "file is not valid UTF-8 text; if a spreadsheet saved it in another encoding, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 \(quoted) > converted.csv (GB18030 for Chinese Excel), or save it as \"CSV UTF-8\"")
  }
}

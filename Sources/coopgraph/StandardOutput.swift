import CoopGraph

/// Every line a command prints goes through here rather than `Swift.print`: control characters
/// in names (ESC, which would recolour or move a terminal's cursor; U+0001) are shown as their
/// Control Pictures (see `VisibleText`). Files written with `-o` keep their bytes.
/// `FileIO.flushStandardOutput()` at the end of the run reports a failed write.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { String(describing: $0) }.joined(separator: separator)
  Swift.print(VisibleText.of(text), terminator: terminator)
}

import CoopGraph
import ArgumentParser
import Foundation

/// The `--quiet` and `--progress` flags of every command that does long work.
struct ProgressOptions: ParsableArguments {
  @Flag(name: .long, help: "Print no progress on stderr (progress only appears when stderr is a terminal).")
  var quiet = false

  @Flag(
    name: .customLong("progress"),
    help: "Print progress on stderr even when it is not a terminal (a log, CI): one line per step and update.")
  var alwaysShowProgress = false

  func validate() throws {
    if quiet && alwaysShowProgress { throw ValidationError("--quiet and --progress exclude each other") }
  }

  /// A progress reporter that writes when stderr is a terminal and `--quiet` is off, or when
  /// `--progress` is given (then as plain lines).
  func progress() -> Progress {
    if alwaysShowProgress { return Progress(enabled: true, lines: !Progress.stderrIsTerminal) }
    return Progress(enabled: !quiet && Progress.stderrIsTerminal)
  }
}

/// Progress of long work on stderr, for people: `betweenness: 42% (420/1000)`, rewritten in
/// place and erased when the step ends.
///
/// It prints nothing unless enabled (see ``ProgressOptions/progress()``: stderr is a terminal
/// and `--quiet` is not given), so piped and scripted runs see clean stderr. Updates may come
/// from several threads (parallel algorithms report from their workers); they are serialized
/// and at most ten are written per second.
///
/// ```swift
/// let progress = options.progress()
/// let scores = try CentralityMeasure.compute(.betweenness, on: g, options: opts(progress.reporter("betweenness")))
/// progress.done()
/// ```
final class Progress: @unchecked Sendable {
  /// Whether anything is written.
  let enabled: Bool
  private let lock = NSLock()
  private var label = ""
  private var lastWrite: UInt64 = 0
  private var shown = false

  /// Whether updates are written as lines (for a log) rather than rewritten in place.
  let lines: Bool

  init(enabled: Bool, lines: Bool = false) {
    self.enabled = enabled
    self.lines = lines
  }

  /// Whether file descriptor 2 is a terminal.
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Starts a step without a known size: shows `label…` until ``done()`` or the next step.
  func step(_ label: String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    self.label = label
    lastWrite = 0
    write("\(label)…")
  }

  /// Reports `completed` of `total` units of the current step (thread-safe, throttled). A
  /// `total` of 0 starts a step of unknown size (`label…`).
  func update(_ label: String, completed: Int, total: Int) {
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    lock.lock()
    defer { lock.unlock() }
    if label != self.label {
      self.label = label
      lastWrite = 0
    }
    if total <= 0 {
      lastWrite = now
      write("\(label)…")
      return
    }
    guard completed >= total || now &- lastWrite >= 100_000_000 else { return }
    lastWrite = now
    let percent = total > 0 ? min(100, completed * 100 / total) : 100
    write("\(label): \(percent)% (\(completed)/\(total))")
  }

  /// A callback for library functions that take `progress: (completed, total)`.
  func reporter(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
    guard enabled else { return nil }
    step(label)
    return { [self] completed, total in update(label, completed: completed, total: total) }
  }

  /// Erases the progress line.
  func done() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if shown {
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      shown = false
    }
    label = ""
  }

  private func write(_ text: String) {
    if lines {
      // At most one line a second in a log.
      let now = DispatchTime.now().uptimeNanoseconds
      guard text.hasSuffix("…") || now &- lastLine >= 1_000_000_000 else { return }
      lastLine = now
      FileHandle.standardError.write(Data("\(text)\n".utf8))
      return
    }
    FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    shown = true
  }
  private var lastLine: UInt64 = 0
}

/// `--threads` and `--timings` of the commands that run an analysis.
struct RunOptions: ParsableArguments {
  @Option(name: .long, help: "Threads for every parallel step (default: all cores).")
  var threads: Int?

  @Flag(name: .long, help: "After the output, print on stderr one line per step computed, with its parameters and wall time.")
  var timings = false

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, found \(threads)") }
  }

  /// Loads the input, timed, and makes the run's analysis context.
  func context(_ input: InputOptions, _ projection: ProjectionOptions) throws -> AnalysisContext {
    let start = DispatchTime.now().uptimeNanoseconds
    let loaded = try loadInput(input, projection)
    let context = AnalysisContext(loaded, threads: threads ?? Parallelism.available)
    context.record(
      "load", parameters: "read, validate and project \(input.file)",
      seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    return context
  }

  /// Prints the steps of `context` on stderr when `--timings` is given.
  func report(_ context: AnalysisContext) {
    guard timings else { return }
    var out = ""
    for t in context.timings {
      out += "timing: \(t.step)" + (t.parameters.isEmpty ? "" : " [\(t.parameters)]") + String(format: ": %.3f s\n", t.seconds)
    }
    FileHandle.standardError.write(Data(out.utf8))
  }
}

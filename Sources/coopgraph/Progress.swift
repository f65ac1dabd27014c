import CoopGraph
import CoopGraphReport
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
  func progress() -> ProgressLine {
    if alwaysShowProgress { return ProgressLine(enabled: true, lines: !ProgressLine.stderrIsTerminal) }
    return ProgressLine(enabled: !quiet && ProgressLine.stderrIsTerminal)
  }
}

/// `--threads` of the commands that compute in parallel but time nothing.
struct ThreadOptions: ParsableArguments {
  @Option(name: .long, help: "Threads for every parallel step (default: all cores).")
  var threads: Int?

  func validate() throws {
    try requireAtLeastOne(threads, "--threads")
  }

  /// The threads to use.
  var count: Int { threads ?? Parallelism.available }
}

/// `--threads` and `--timings` of the commands that run an analysis.
struct RunOptions: ParsableArguments {
  @OptionGroup var threading: ThreadOptions

  @Flag(name: .long, help: "After the output, print on stderr one line per step computed, with its parameters and wall time.")
  var timings = false

  /// Loads the input, timed, and makes the run's analysis context.
  func context(_ input: InputOptions, _ projection: ProjectionOptions) throws -> AnalysisContext {
    let start = DispatchTime.now().uptimeNanoseconds
    let loaded = try loadInput(input, projection)
    let context = AnalysisContext(loaded, threads: threading.count)
    context.record(
      "load", parameters: "read, validate and project \(input.file)",
      seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    return context
  }

  /// Prints the steps of `context` on stderr when `--timings` is given.
  func report(_ context: AnalysisContext) {
    if timings { FileHandle.standardError.write(Data(context.timingLines.utf8)) }
  }
}

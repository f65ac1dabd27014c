import Dispatch
import Foundation

/// Runs an all-sources computation (betweenness, closeness) over a fixed split of the sources
/// into blocks, on any number of threads, with a result that does not depend on the number of
/// threads: every block sums into its own partial array, and the partials are added in block
/// order at the end. The same input therefore gives byte-identical output on 1 or 64 threads.
enum SourceBlocks {
  /// The number of blocks the sources are split into (fewer when there are fewer sources).
  static let maximumBlocks = 16

  /// Sums `body`'s per-block contributions over all sources.
  ///
  /// - Parameters:
  ///   - sourceCount: the sources are `0..<sourceCount`.
  ///   - width: the length of the result (nodes, or arcs).
  ///   - threads: worker threads (at most one per block).
  ///   - progress: called, one call at a time, with (sources done, sourceCount).
  ///   - makeScratch: the per-worker scratch space, made once per block.
  ///   - body: processes one source into the block's partial sums.
  /// - Complexity: O(blocks × width) extra memory when `threads > 1`, O(width) otherwise.
  static func sum<Scratch>(
    sourceCount: Int, width: Int, threads: Int, progress: (@Sendable (Int, Int) -> Void)?,
    makeScratch: @Sendable () -> Scratch,
    body: @Sendable (_ source: Int, _ scratch: inout Scratch, _ partial: UnsafeMutableBufferPointer<Double>) -> Void
  ) -> [Double] {
    var total = [Double](repeating: 0, count: width)
    let blocks = Swift.max(1, Swift.min(maximumBlocks, sourceCount))
    let counter = ProgressCounter(total: sourceCount, report: progress)
    @Sendable func range(_ b: Int) -> Range<Int> { (sourceCount * b / blocks)..<(sourceCount * (b + 1) / blocks) }
    let t = Swift.max(1, Swift.min(threads, blocks))
    if t == 1 {
      let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: width)
      defer { partial.deallocate() }
      var scratch = makeScratch()
      for b in 0..<blocks {
        partial.initialize(repeating: 0)
        for s in range(b) {
          body(s, &scratch, partial)
          counter.tick()
        }
        for i in 0..<width { total[i] += partial[i] }
      }
      return total
    }
    let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: blocks * width)
    defer { partials.deallocate() }
    partials.initialize(repeating: 0)
    let shared = SharedBuffer(partials)
    let queue = BlockQueue(count: blocks)
    DispatchQueue.concurrentPerform(iterations: t) { _ in
      var scratch = makeScratch()
      while let b = queue.next() {
        let slice = UnsafeMutableBufferPointer(rebasing: shared.buffer[(b * width)..<((b + 1) * width)])
        for s in range(b) {
          body(s, &scratch, slice)
          counter.tick()
        }
      }
    }
    total.withUnsafeMutableBufferPointer { out in
      for b in 0..<blocks {
        let base = b * width
        for i in 0..<width { out[i] += partials[base + i] }
      }
    }
    return total
  }

  /// Runs `body` for every source, each writing only its own outputs (closeness), on
  /// `threads` threads over the same fixed blocks.
  static func forEach<Scratch>(
    sourceCount: Int, threads: Int, progress: (@Sendable (Int, Int) -> Void)?,
    makeScratch: @Sendable () -> Scratch, body: @Sendable (_ source: Int, _ scratch: inout Scratch) -> Void
  ) {
    let blocks = Swift.max(1, Swift.min(maximumBlocks, sourceCount))
    let counter = ProgressCounter(total: sourceCount, report: progress)
    let t = Swift.max(1, Swift.min(threads, blocks))
    let queue = BlockQueue(count: blocks)
    @Sendable func work(_: Int) {
      var scratch = makeScratch()
      while let b = queue.next() {
        for s in (sourceCount * b / blocks)..<(sourceCount * (b + 1) / blocks) {
          body(s, &scratch)
          counter.tick()
        }
      }
    }
    if t == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: t) { work($0) } }
  }
}

/// A buffer shared by workers that write disjoint parts of it.
struct SharedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Hands out block numbers 0, 1, 2, … to workers.
final class BlockQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var nextBlock = 0
  private let count: Int
  init(count: Int) { self.count = count }
  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextBlock < count else { return nil }
    nextBlock += 1
    return nextBlock - 1
  }
}

/// Counts finished sources and reports about every 1/200 of the total, one report at a time.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private let total: Int
  private let step: Int
  private let report: (@Sendable (Int, Int) -> Void)?
  init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
    self.total = total
    self.report = report
    self.step = Swift.max(1, total / 200)
  }
  @inline(__always) func tick() {
    guard let report else { return }
    lock.lock()
    done += 1
    if done % step == 0 || done == total { report(done, total) }
    lock.unlock()
  }
}

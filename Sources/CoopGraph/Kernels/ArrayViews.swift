/// Views of contiguous storage for the inner loops of the algorithms.
///
/// Every algorithm file reads and writes its per-node arrays through these two types and the
/// `with…View` functions below; the unsafe pointers they wrap appear only in this folder
/// (`Kernels/`). A view is valid only inside the closure that made it, or, for a
/// ``MutableArrayView`` made by ``MutableArrayView/allocate(count:repeating:)``, until its
/// ``MutableArrayView/deallocate()``. In release builds subscripts are unchecked, as those of
/// the pointers they wrap; in debug builds they trap on an index out of range.

/// A read-only view of `count` contiguous elements.
@frozen @usableFromInline
struct ArrayView<Element>: @unchecked Sendable {
  @usableFromInline let base: UnsafeBufferPointer<Element>

  @inlinable init(_ base: UnsafeBufferPointer<Element>) { self.base = base }

  @inlinable var count: Int { base.count }

  @inlinable subscript(i: Int) -> Element {
    @inline(__always) get { base[i] }
  }
}

/// A view of `count` contiguous elements that may be written through a `let` (the storage, not
/// the view, is mutable). Workers that write disjoint indices may share one.
@frozen @usableFromInline
struct MutableArrayView<Element>: @unchecked Sendable {
  @usableFromInline let base: UnsafeMutableBufferPointer<Element>

  @inlinable init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }

  /// New storage for `count` elements, each `value`; the owner releases it with
  /// ``deallocate()`` (in a `defer`).
  @inlinable static func allocate(count: Int, repeating value: Element) -> MutableArrayView {
    let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
    storage.initialize(repeating: value)
    return MutableArrayView(storage)
  }

  /// Releases storage made by ``allocate(count:repeating:)``.
  @inlinable func deallocate() { base.deallocate() }

  @inlinable var count: Int { base.count }

  @inlinable subscript(i: Int) -> Element {
    @inline(__always) get { base[i] }
    @inline(__always) nonmutating set { base[i] = newValue }
  }

  /// Sets every element to `value`.
  @inlinable func fill(_ value: Element) { base.update(repeating: value) }

  /// The elements `range` as a view of their own (sharing the storage).
  @inlinable func slice(_ range: Range<Int>) -> MutableArrayView {
    MutableArrayView(UnsafeMutableBufferPointer(rebasing: base[range]))
  }

  /// A copy of the elements as an array.
  @inlinable var array: [Element] { Array(base) }
}

/// Loops, `contains` and decoders read a view as the collection of its elements.
extension ArrayView: RandomAccessCollection {
  @inlinable var startIndex: Int { 0 }
  @inlinable var endIndex: Int { base.count }
}

extension ArrayView where Element == UInt8 {
  /// The bytes `range` decoded as UTF-8 (invalid sequences become U+FFFD).
  @inlinable func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: base[range]), as: UTF8.self)
  }
}

extension Array {
  /// Calls `body` with a read-only view of the array's storage.
  @inlinable @inline(__always)
  func withArrayView<R>(_ body: (ArrayView<Element>) throws -> R) rethrows -> R {
    try withUnsafeBufferPointer { try body(ArrayView($0)) }
  }

  /// Calls `body` with a writable view of the array's storage.
  @inlinable @inline(__always)
  mutating func withMutableArrayView<R>(_ body: (MutableArrayView<Element>) throws -> R) rethrows -> R {
    try withUnsafeMutableBufferPointer { try body(MutableArrayView($0)) }
  }
}

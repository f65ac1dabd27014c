import Foundation

/// A value shared between threads behind a recursive lock: the one type whose thread safety
/// is vouched for by hand (`@unchecked Sendable`), so that the types built on it (the analysis
/// context, the reader registry, progress lines) are `Sendable` as the compiler checks them.
///
/// ``withLock(_:)`` gives exclusive access to the value; ``critical(_:)`` holds the lock
/// around work that itself reads or writes the value (the lock is recursive), so that two
/// threads asking for the same computation run it once.
public final class Locked<Value>: @unchecked Sendable {
  private let lock = NSRecursiveLock()
  private var value: Value

  public init(_ value: Value) { self.value = value }

  /// Runs `body` with exclusive access to the value.
  public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }

  /// Runs `body` holding the lock; `body` may call ``withLock(_:)`` (not from another thread).
  public func critical<R>(_ body: () throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}

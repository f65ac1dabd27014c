extension Entity {
  /// The attribute keys that say when an entity joined the record's cooperation (the first
  /// that is present counts).
  public static let joinedKeys = ["joined", "since"]
  /// The attribute keys that say when it left.
  public static let leftKeys = ["left", "until"]

  /// When the entity joined (`joined:` or `since:` in the file), if the record says.
  public var joined: PartialDate? { Entity.date(Entity.joinedKeys, in: attributes) }

  /// When the entity left (`left:` or `until:`), if the record says.
  public var left: PartialDate? { Entity.date(Entity.leftKeys, in: attributes) }

  /// Whether the record dates the entity itself (`joined` or `left`).
  public var isDated: Bool { joined != nil || left != nil }

  /// The days the entity's own dates allow: from the first day of `joined` to the last day of
  /// `left`, each end open when not given; every day for an undated entity.
  public var ownSpan: DaySpan { DaySpan(joined?.firstDay, left?.lastDay) }

  static func date(_ keys: [String], in attributes: Attributes) -> PartialDate? {
    for key in keys {
      if let value = attributes[key] { return PartialDate(value.description) }
    }
    return nil
  }
}

extension DateRange {
  /// The days a tie with this date is active: from the first day of the start to the last day
  /// of the end; a date without an end stays active (the span is open at its end).
  public var activeSpan: DaySpan { DaySpan(start.firstDay, end?.lastDay) }
}

import CoopGraph
import Foundation

/// Paths to the repository's data, found from this file's location.
enum TestData {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A file in `graphs/`.
  static func graph(_ name: String) -> String { root.appendingPathComponent("graphs/\(name)").path }

  static func network(_ name: String) throws -> Network { try NativeFormat.read(path: graph(name)) }

  /// A small network with everything a diagram has to get right: names in several scripts and
  /// with DOT's special characters, a three-level part-of hierarchy, a four-party tie, a
  /// directed membership, a declared entity kind and tie kind, a website.
  static func sample() -> Network {
    Network(
      title: "Sample \"alliance\"",
      entities: [
        Entity(id: "uni", name: "南京工程学院 (NJIT)", kind: .institution, country: "CN", website: "https://www.njit.edu.cn"),
        Entity(id: "school", name: "School of Automation", kind: .institution, parent: "uni", country: "CN"),
        Entity(id: "lab", name: "Robotics \\ Control \"Lab\"", kind: EntityKind("laboratory"), parent: "school", country: "CN"),
        Entity(id: "c2k", name: "C2K International: Education", kind: .enterprise, country: "KZ"),
        Entity(id: "space", name: "Қазақстан ғарыш мектебі", kind: .institution, country: "KZ"),
        Entity(id: "alliance", name: "Alliance\nof <Jiangsu>", kind: .alliance, country: "CN"),
        Entity(id: "zhang", name: "Zhang Yangfei", kind: .person, country: "CN"),
        Entity(id: "ministry", name: "Министерство науки", kind: .government, country: "KZ"),
      ],
      ties: [
        Tie(kind: .agreement, parties: ["uni", "c2k", "space", "alliance"], label: "Framework agreement", date: DateRange("2025-12-09")),
        Tie(kind: .membership, parties: ["c2k", "alliance"], label: "Standing Council Member", strength: 2),
        Tie(kind: .role, parties: ["zhang", "uni"], label: "President"),
        Tie(kind: TieKind("supervision"), parties: ["ministry", "space"]),
        Tie(kind: .exchange, parties: ["lab", "space"], strength: 3),
      ],
      userEntityKinds: [EntityKind("laboratory")],
      userTieKinds: [(TieKind("supervision"), true)])
  }
}

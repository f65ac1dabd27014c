// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "CoopGraph",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "CoopGraph", targets: ["CoopGraph"]),
    .library(name: "CoopGraphviz", targets: ["CoopGraphviz"]),
    .library(name: "CoopGraphReport", targets: ["CoopGraphReport"]),
    .executable(name: "coopgraph", targets: ["coopgraph"]),
    .executable(name: "coopgraph-bench", targets: ["CoopGraphBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(
      name: "CoopGraph",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // malloc with addresses in creation order while Graphviz lays out with fdp (see its header).
    .target(name: "CGraphvizArena"),
    .target(
      name: "CoopGraphviz",
      dependencies: ["CoopGraph", "CGraphviz", "CGraphvizArena"]
    ),
    // Presentation: text tables, CSV and the HTML report of an analysis.
    .target(
      name: "CoopGraphReport",
      dependencies: ["CoopGraph"]
    ),
    .executableTarget(
      name: "coopgraph",
      dependencies: [
        "CoopGraph",
        "CoopGraphviz",
        "CoopGraphReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "AllianceSummary",
      dependencies: ["CoopGraph"],
      path: "examples/AllianceSummary"
    ),
    .executableTarget(
      name: "CoopGraphBench",
      dependencies: ["CoopGraph"],
      path: "Benchmarks/CoopGraphBench"
    ),
    .executableTarget(
      name: "KeyPartners",
      dependencies: ["CoopGraph"],
      path: "examples/KeyPartners"
    ),
    .executableTarget(
      name: "RankPartners",
      dependencies: ["CoopGraph"],
      path: "examples/RankPartners"
    ),
    .executableTarget(
      name: "AllianceDiagram",
      dependencies: ["CoopGraph", "CoopGraphviz"],
      path: "examples/AllianceDiagram"
    ),
    .testTarget(
      name: "CoopGraphTests",
      dependencies: ["CoopGraph"]
    ),
    .testTarget(
      name: "CoopGraphvizTests",
      dependencies: ["CoopGraphviz", "CoopGraph"]
    ),
    .testTarget(
      name: "CoopGraphReportTests",
      dependencies: ["CoopGraphReport", "CoopGraph"]
    ),
    .testTarget(
      name: "CoopGraphCLITests",
      dependencies: ["coopgraph"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

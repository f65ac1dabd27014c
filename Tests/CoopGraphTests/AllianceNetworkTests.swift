import Foundation
import Testing

@testable import CoopGraph

/// `graphs/jiangsu-central-asia-alliance.yaml` records every fact of the 2025-12-09 article.
/// The facts below were written down from the article; an edit of the file that drops or
/// changes one fails here.
@Suite struct AllianceNetworkTests {
  static let path = TestData.graph("jiangsu-central-asia-alliance.yaml")

  let network: Network

  init() throws {
    network = try NativeFormat.read(path: Self.path)
  }

  static let schools = [
    "njit-mechanical-engineering": "School of Mechanical Engineering",
    "njit-energy-power-engineering": "School of Energy and Power Engineering",
    "njit-automation": "School of Automation",
    "njit-communications-ai": "School of Communications and Artificial Intelligence",
    "njit-integrated-circuits": "School of Integrated Circuits",
    "njit-architectural-engineering": "School of Architectural Engineering",
    "njit-transportation-engineering": "School of Transportation Engineering",
    "njit-continuing-education": "School of Continuing Education",
  ]

  /// Named organizations, sub-units and groups: id, name, kind, country.
  static let organizations: [(String, String, EntityKind, String)] = [
    ("njit", "Nanjing Institute of Technology", .institution, "CN"),
    ("phoenix-higher-education", "Jiangsu Phoenix Higher Education Publishing Co., Ltd.", .enterprise, "CN"),
    ("phoenix-vocational-education", "Jiangsu Phoenix Vocational Education Publishing Co., Ltd.", .enterprise, "CN"),
    ("ruifeng", "Jiangsu Ruifeng Information Technology Co., Ltd.", .enterprise, "CN"),
    ("nanjing-polytechnic", "Nanjing Polytechnic Institute", .institution, "CN"),
    (
      "kz-ministry-science-higher-education", "Ministry of Science and Higher Education of the Republic of Kazakhstan",
      .government, "KZ"
    ),
    ("kz-department-strategy-coordination", "Department of Strategy and Coordination", .government, "KZ"),
    ("c2k", "C2K International Education Co., Ltd.", .enterprise, "KZ"),
    ("kazakhstan-space-school", "Kazakhstan Space School", .institution, "KZ"),
    ("kz-education-experts", "National Group of International Education Experts", .group, "KZ"),
    ("kz-delegation", "Kazakh educational delegation", .group, "KZ"),
    ("jiangsu-central-asia-alliance", "Jiangsu-Central Asia Industry-Education Integration Alliance", .alliance, "CN"),
  ]

  /// The nine named people: id, name, country, and their titles as (organization, label).
  static let people: [(String, String, String, [(String, String)])] = [
    (
      "eldar-tulekov", "Eldar Tulekov", "KZ",
      [("kz-department-strategy-coordination", "Director"), ("kz-delegation", "Head of delegation")]
    ),
    ("pu-lijie", "Pu Lijie", "CN", [("njit", "Deputy Chair of University Council")]),
    ("zhang-yangfei", "Zhang Yangfei", "CN", [("njit", "Deputy Chair of University Council and President")]),
    (
      "liu-hongtao", "Liu Hongtao", "CN",
      [("phoenix-higher-education", "Vice General Manager"), ("phoenix-vocational-education", "Vice General Manager")]
    ),
    ("ding-jiaqi", "Ding Jiaqi", "CN", [("ruifeng", "Assistant to the Chairman")]),
    ("nurbolat-bissengaliev", "Nurbolat Bissengaliev", "KZ", [("kazakhstan-space-school", "General Director")]),
    ("huang-hua", "Huang Hua", "CN", [("nanjing-polytechnic", "Deputy Chair of the University Council")]),
    ("sabyrzhan-madeyev", "Sabyrzhan Madeyev", "KZ", [("kz-education-experts", "Head")]),
    ("zhu-songqing", "Zhu Songqing", "CN", [("njit", "Member of the University Council and Vice President")]),
  ]

  /// Ties other than roles: kind, parties (in order: directed ties start with their source),
  /// label, date.
  static let ties: [(TieKind, [String], String, String?)] = [
    (
      .agreement, ["njit", "phoenix-higher-education", "nanjing-polytechnic", "c2k"],
      "Framework agreement for the collaborative development of localized “Chinese + Professional” textbooks in Kazakhstan",
      "2025-12-09"
    ),
    (.membership, ["c2k", "jiangsu-central-asia-alliance"], "Standing Council Member", "2025-12-09"),
    (.membership, ["phoenix-higher-education", "jiangsu-central-asia-alliance"], "Chairing institution", nil),
    (.membership, ["phoenix-vocational-education", "jiangsu-central-asia-alliance"], "Chairing institution", nil),
    (
      .cooperation, ["kazakhstan-space-school", "jiangsu-central-asia-alliance"],
      "Astana Development Cooperation Center of the Jiangsu-Central Asia Industry-Education Integration Alliance",
      "2025-12-09"
    ),
    (
      .cooperation, ["c2k-representative", "jiangsu-central-asia-alliance"],
      "Ambassador for Educational Cooperation of the Republic of Kazakhstan", "2025-12-09"
    ),
    (.role, ["c2k-representative", "c2k"], "Representative", nil),
    (
      .event, ["nurbolat-bissengaliev", "huang-hua", "sabyrzhan-madeyev", "zhu-songqing"], "Keynote speeches",
      "2025-12-09"
    ),
    (.event, ["kz-delegation", "njit"], "Visit to exhibition halls and teaching units of NJIT", "2025-12"),
  ]

  func ties(_ kind: TieKind, _ parties: [String]) -> [Tie] {
    network.ties.filter { $0.kind == kind && $0.parties == parties }
  }

  @Test func countsByKind() {
    let entities = Dictionary(grouping: network.entities, by: \.kind).mapValues(\.count)
    #expect(entities == [.institution: 11, .enterprise: 4, .government: 2, .alliance: 1, .person: 10, .group: 10])
    let ties = Dictionary(grouping: network.ties, by: \.kind).mapValues(\.count)
    #expect(ties == [.agreement: 9, .membership: 3, .role: 12, .event: 3, .cooperation: 2])
    #expect(network.entities.count == 38)
    #expect(network.ties.count == 29)
    #expect(network.userEntityKinds.isEmpty && network.userTieKinds.isEmpty)
    // Every tie has an id, so that reports and the bipartite projection can name it.
    #expect(Set(network.ties.compactMap(\.id)).count == network.ties.count)
  }

  @Test func everyNamedOrganizationWithKindAndCountry() throws {
    for (id, name, kind, country) in Self.organizations {
      let e = try #require(network[id], "\(id)")
      #expect(e.name == name)
      #expect(e.kind == kind, "\(id)")
      #expect(e.country == country, "\(id)")
      #expect(e.website == nil, "the article gives no website (\(id))")
    }
    #expect(network["njit"]?.aliases == ["NJIT"])
    #expect(network["kz-department-strategy-coordination"]?.parent == "kz-ministry-science-higher-education")
    #expect(network["kazakhstan-space-school"]?.region == "Astana")
  }

  @Test func theEightSchoolsArePartsOfNJIT() throws {
    let parts = network.entities.filter { $0.parent == "njit" }
    #expect(parts.count == 8)
    for (id, name) in Self.schools {
      let school = try #require(network[id], "\(id)")
      #expect(school.name == name)
      #expect(school.kind == .institution)
      #expect(school.parent == "njit")
      #expect(school.country == "CN")
    }
    // Part-of becomes a tie of the default projection and folds into NJIT when collapsed.
    let collapsed = try network.graph(Projection(partOf: .collapse))
    for id in Self.schools.keys { #expect(collapsed.index(of: id) == nil) }
    #expect(collapsed.index(of: "kz-department-strategy-coordination") == nil)
    #expect(collapsed.nodeCount == 38 - 8 - 1)
  }

  @Test func theNinePeopleAndTheirTitles() throws {
    let people = network.entities.filter { $0.kind == .person && $0.attributes["unnamed"] != .bool(true) }
    #expect(people.count == 9)
    for (id, name, country, roles) in Self.people {
      let p = try #require(network[id], "\(id)")
      #expect(p.name == name)
      #expect(p.country == country, "\(id)")
      let held = network.ties.filter { $0.kind == .role && $0.parties.first == id }
      #expect(held.count == roles.count, "\(id)")
      for (org, label) in roles {
        let tie = ties(.role, [id, org])
        #expect(tie.count == 1, "\(id) at \(org)")
        #expect(tie.first?.label == label, "\(id) at \(org)")
        #expect(network.isDirected(try #require(tie.first)))
      }
    }
  }

  @Test func theWrittenDownTies() throws {
    for (kind, parties, label, date) in Self.ties {
      let found = ties(kind, parties)
      #expect(found.count == 1, "\(kind) \(parties)")
      #expect(found.first?.label == label, "\(kind) \(parties)")
      #expect(found.first?.date?.description == date, "\(kind) \(parties)")
    }
    let membership = try #require(ties(.membership, ["c2k", "jiangsu-central-asia-alliance"]).first)
    #expect(membership.attributes["status"] == .string("new"))
    let designation = try #require(
      ties(.cooperation, ["kazakhstan-space-school", "jiangsu-central-asia-alliance"]).first)
    #expect(designation.attributes["type"] == .string("designation"))
    let certificate = try #require(ties(.cooperation, ["c2k-representative", "jiangsu-central-asia-alliance"]).first)
    #expect(certificate.attributes["type"] == .string("certificate"))
    let framework = try #require(
      ties(.agreement, ["njit", "phoenix-higher-education", "nanjing-polytechnic", "c2k"]).first)
    #expect(framework.parties.count == 4)
  }

  @Test func theMeetingBindsItsParticipants() throws {
    let meetings = network.ties.filter {
      $0.kind == .event && $0.date?.description == "2025-12-09" && $0.parties.count > 4
    }
    #expect(meetings.count == 1)
    let meeting = try #require(meetings.first)
    #expect(
      meeting.label
        == "Jiangsu-Central Asia Industry-Education Integration Alliance Exchange Meeting on China-Kazakhstan Education Cooperation"
    )
    let expected: Set<String> = [
      "njit", "kz-delegation", "kz-department-strategy-coordination", "jiangsu-central-asia-alliance",
      "phoenix-higher-education", "phoenix-vocational-education", "ruifeng", "nanjing-polytechnic", "c2k",
      "kazakhstan-space-school", "kz-education-experts", "c2k-representative",
    ]
    #expect(Set(meeting.parties) == expected.union(Self.people.map { $0.0 }))
    #expect(meeting.parties.count == 21)
    #expect(meeting.attributes["host"] == .string("njit"))
    #expect(meeting.attributes["chair"] == .string("pu-lijie"))
  }

  @Test func unnamedCounterpartiesArePendantGroupsOnePerSchool() throws {
    let unnamed = network.entities.filter { $0.kind == .group && $0.attributes["unnamed"] == .bool(true) }
    #expect(unnamed.count == 8)
    let g = try network.graph()
    for (school, name) in Self.schools {
      let partners = try #require(network["\(school)-partners"], "\(school)")
      #expect(partners.attributes["unnamed"] == .bool(true))
      #expect(partners.country == nil)
      #expect(partners.attributes["countries"] == .list([.string("CN"), .string("KZ")]))
      #expect(partners.name.hasSuffix(name))
      let agreements = ties(.agreement, [school, partners.id])
      #expect(agreements.count == 1, "\(school)")
      #expect(agreements.first?.date?.description == "2025-12-09")
      // In the default projection the group hangs off its school alone: no false hub.
      let v = try #require(g.index(of: partners.id))
      #expect(g.neighbors(of: v).map { g.ids[Int($0)] } == [school])
    }
  }

  @Test func everyTieQuotesItsSentenceFromTheArticle() throws {
    let article = try #require(network.attributes["article"]?.description)
    #expect(
      article.hasPrefix("NJIT Hosts Jiangsu-Central Asia Industry-Education Integration Alliance Exchange Meeting"))
    #expect(article.contains("Date: 2025-12-09"))
    for (i, tie) in network.ties.enumerated() {
      let source = try #require(tie.source, "tie \(i + 1) has no source")
      #expect(source.count > 40, "tie \(i + 1)")
      #expect(article.contains(source), "tie \(i + 1) (\(tie.kind) \(tie.parties)): source is not verbatim")
    }
    // Each named person and organization appears in the article under the recorded name.
    for (_, name, _, _) in Self.people { #expect(article.contains(name)) }
    for (id, name, _, _) in Self.organizations {
      #expect(article.contains(name), "\(id)")
    }
  }

  @Test func defaultProjection() throws {
    // Counted independently with networkx: every tie a clique, part-of an edge.
    let g = try network.graph()
    #expect(g.nodeCount == 38)
    #expect(g.edgeCount == 227)
    #expect(g.weakComponents().count == 1)
    let bipartite = try network.graph(Projection(multiParty: .bipartite))
    #expect(bipartite.nodeCount == 38 + 29)
  }
}

extension AllianceNetworkTests {
  @Test func survivesARoundTripThroughYAMLAndJSON() throws {
    let yaml = try NativeFormat.parse(NativeFormat.yaml(network), file: "round-trip.yaml")
    #expect(yaml == network)
    let json = try NativeFormat.parse(NativeFormat.json(network), file: "round-trip.json")
    #expect(json == network)
  }
}

import Foundation
@testable import NewsdeskEditorial

/// A labelled stream of news articles written from hand-made templates, for story-level tests.
///
/// Events deliberately share places, people and organisations: two summits in Beijing a month
/// apart, a court case and a protest in Lyon on the same days, results and then layoffs at one
/// carmaker, a storm and a football match in one port, an election and a later scandal around the
/// same candidate. Each article is one outlet's telling: its own headline, a random subset of the
/// event's sentences in a random order, numbers varied, and a line or two of the filler every
/// outlet adds. The generator is seeded, so the stream is the same on every run.
struct StoryStreamFixture {
    struct Event {
        var label: String
        /// Days after the start of the stream.
        var day: Double
        var headlines: [String]
        var sentences: [String]
    }

    static let events: [Event] = [
        Event(label: "beijing-trade-summit", day: 0, headlines: [
            "Lee and Xi sign trade agreements at Beijing summit",
            "Seoul and Beijing agree chip and tariff deals as Lee meets Xi",
            "South Korea's Lee wins tariff relief on Beijing visit",
        ], sentences: [
            "South Korean President Lee Jae-myung met Chinese President Xi Jinping in Beijing on Tuesday.",
            "The two governments signed {n} agreements on semiconductors, tariffs and shipping.",
            "Xi said the tariff cuts would take effect within {n} days.",
            "Lee told reporters in Beijing that the chip supply deal protects Korean factories.",
            "Officials said tariffs on Korean electronics would fall by {n} percent.",
            "The summit in the Great Hall of the People lasted more than three hours.",
            "Business groups in Seoul welcomed the semiconductor agreement.",
        ]),
        Event(label: "beijing-climate-summit", day: 33, headlines: [
            "Xi hosts climate summit in Beijing as coal pledge falls short",
            "Beijing climate talks end with emissions target for {n}",
            "Leaders gather in Beijing for climate summit on coal and emissions",
        ], sentences: [
            "President Xi Jinping opened a climate summit in Beijing attended by leaders of {n} countries.",
            "Delegates debated how fast coal power plants should close.",
            "The final statement set a target to cut emissions by {n} percent.",
            "Environmental groups said the coal pledge was too weak.",
            "Xi told delegates that China would expand solar and wind capacity.",
            "Several island nations asked for money to adapt to rising seas.",
            "The climate talks in Beijing ran a day longer than planned.",
        ]),
        Event(label: "lyon-fraud-trial", day: 50, headlines: [
            "Former Lyon mayor goes on trial for fraud",
            "Prosecutors say ex-mayor Renaud Marchal diverted city funds",
            "Marchal denies fraud as Lyon trial opens",
        ], sentences: [
            "The former mayor of Lyon, Renaud Marchal, went on trial on charges of fraud and embezzlement.",
            "Prosecutors told the court that {n} million euros of city funds were diverted.",
            "Marchal denied all the charges and said the contracts were legal.",
            "The judge said the trial would hear {n} witnesses.",
            "His lawyer argued that the accounting records had been misread.",
            "If convicted, Marchal faces up to {n} years in prison.",
            "The court in Lyon adjourned until Thursday.",
        ]),
        Event(label: "lyon-pension-protest", day: 50.5, headlines: [
            "Thousands march in Lyon against pension reform",
            "Lyon pension protest draws {n} marchers",
            "Police and unions clash over Lyon pension march",
        ], sentences: [
            "Thousands of people marched through Lyon to protest against the pension reform.",
            "Unions said {n} people joined the march, while police counted fewer.",
            "Marchers carried banners against raising the retirement age.",
            "Police used tear gas near the Place Bellecour after scuffles.",
            "Union leader Claire Dufour said workers would strike again next week.",
            "Several tram lines in Lyon were suspended during the protest.",
            "The government says the reform is needed to keep pensions funded.",
        ]),
        Event(label: "halvard-earnings", day: 70, headlines: [
            "Halvard Motors profit jumps on electric car sales",
            "Halvard Motors beats forecasts with record quarterly revenue",
            "Electric models lift Halvard Motors quarterly earnings",
        ], sentences: [
            "Halvard Motors reported quarterly profit of {n} million dollars, above analyst forecasts.",
            "Revenue rose {n} percent as sales of its electric models grew.",
            "Chief executive Ingrid Solberg said margins improved in every region.",
            "The carmaker raised its full-year revenue guidance.",
            "Shares of Halvard Motors rose {n} percent in early trading.",
            "Analysts said the earnings showed the electric strategy was paying off.",
            "Halvard said it delivered {n} thousand vehicles in the quarter.",
        ]),
        Event(label: "halvard-layoffs", day: 72, headlines: [
            "Halvard Motors to cut {n} jobs and close Detroit plant",
            "Union condemns Halvard Motors layoffs",
            "Halvard Motors plans layoffs as it shuts assembly plant",
        ], sentences: [
            "Halvard Motors said it would cut {n} jobs and close its assembly plant in Detroit.",
            "The union called the layoffs a betrayal of workers who built the company.",
            "Ingrid Solberg said the plant closure was painful but necessary.",
            "Workers at the Detroit plant learned of the job cuts at a morning meeting.",
            "The union said it would seek talks to save the plant.",
            "Local officials in Detroit said the closure would hurt suppliers.",
            "The job cuts will be completed by the end of next year, the company said.",
        ]),
        Event(label: "porto-storm", day: 90, headlines: [
            "Storm batters Porto Vell harbour, cutting power",
            "Porto Vell storm floods streets and sinks boats",
            "Thousands without power after storm hits Porto Vell",
        ], sentences: [
            "A powerful storm hit Porto Vell overnight with winds of {n} kilometres an hour.",
            "Waves flooded the harbour and sank several fishing boats.",
            "About {n} thousand homes lost power, the grid operator said.",
            "Emergency crews cleared fallen trees from the coastal road.",
            "Mayor Tomas Ferreira asked residents to stay indoors.",
            "Schools in Porto Vell were closed for the day.",
            "Forecasters warned of more heavy rain overnight.",
        ]),
        Event(label: "porto-football", day: 91, headlines: [
            "Porto Vell United beat Northbridge in cup semi-final",
            "Late goal sends Porto Vell United to the cup final",
            "Porto Vell United reach final after {n}-1 win",
        ], sentences: [
            "Porto Vell United beat Northbridge {n}-1 in the cup semi-final.",
            "Striker Diego Almeida scored the winning goal in the final minute.",
            "The stadium was packed with {n} thousand supporters.",
            "Northbridge had taken the lead before half-time.",
            "Coach Rui Costa praised his team for never giving up.",
            "United will play the final in the capital next month.",
            "Fans celebrated in the streets around the stadium after the match.",
        ]),
        Event(label: "norland-election", day: 110, headlines: [
            "Anna Berglund wins Norland presidential election",
            "Norland elects Berglund president with {n} percent",
            "Berglund claims victory in Norland vote",
        ], sentences: [
            "Anna Berglund won the presidential election in Norland with {n} percent of the vote.",
            "Turnout was the highest in two decades, the electoral commission said.",
            "Berglund promised to lower energy prices and build more housing.",
            "Her rival conceded defeat late on Sunday night.",
            "Supporters gathered in the capital, Sundvik, to celebrate the result.",
            "Counting finished after {n} hours.",
            "Berglund will be sworn in next month.",
        ]),
        Event(label: "norland-scandal", day: 150, headlines: [
            "President Berglund faces questions over campaign donations",
            "Norland prosecutors open inquiry into Berglund campaign funds",
            "Donation scandal rocks Berglund government",
        ], sentences: [
            "Prosecutors in Norland opened an inquiry into donations to Anna Berglund's campaign.",
            "Leaked documents show {n} thousand euros came from a shipping company.",
            "Berglund denied wrongdoing and said every donation was declared.",
            "Opposition parties demanded a vote of no confidence.",
            "The shipping company said its donations were legal.",
            "The finance minister resigned over the affair on Wednesday.",
            "Protesters gathered outside parliament in Sundvik.",
        ]),
        Event(label: "ashford-wildfire", day: 130, headlines: [
            "Wildfire near Ashford forces thousands to evacuate",
            "Firefighters battle Ashford wildfire in strong winds",
            "Ashford wildfire destroys {n} homes",
        ], sentences: [
            "A wildfire near Ashford forced {n} thousand people to leave their homes.",
            "Firefighters fought the blaze through the night as strong winds spread the flames.",
            "The fire has burned {n} hectares of forest and farmland.",
            "Smoke closed the motorway north of Ashford.",
            "Fire chief Helen Carter said the blaze was not yet contained.",
            "Evacuation centres were opened in schools and sports halls.",
            "Water-bombing aircraft arrived from neighbouring regions.",
        ]),
        Event(label: "ashford-measles", day: 160, headlines: [
            "Measles outbreak in Ashford schools",
            "Ashford health officials report {n} measles cases",
            "Vaccination drive after Ashford measles outbreak",
        ], sentences: [
            "Health officials in Ashford confirmed {n} cases of measles, most of them children.",
            "The outbreak began at a primary school in the town.",
            "Doctors urged parents to check that children had both vaccine doses.",
            "A vaccination clinic opened at the town hall on Saturday.",
            "Vaccination rates in Ashford had fallen below {n} percent.",
            "Two children were treated in hospital.",
            "Health officials said the virus spreads quickly in classrooms.",
        ]),
        Event(label: "rail-strike", day: 131, headlines: [
            "National rail strike halts trains",
            "Rail workers walk out over pay",
            "Commuters stranded as rail strike begins",
        ], sentences: [
            "Rail workers began a {n}-hour strike over pay, halting most trains.",
            "The rail union said its members had not had a real pay rise in years.",
            "Commuters crowded onto buses and roads were jammed.",
            "The rail operator said only {n} percent of services were running.",
            "Talks between the union and the operator broke down on Monday.",
            "Freight trains were also affected by the walkout.",
            "The transport minister called the strike irresponsible.",
        ]),
        Event(label: "satellite-launch", day: 132, headlines: [
            "Space agency launches weather satellite",
            "New weather satellite reaches orbit",
            "Rocket carries {n}-tonne weather satellite into orbit",
        ], sentences: [
            "The space agency launched a new weather satellite from its coastal spaceport.",
            "The rocket lifted off at dawn and reached orbit after {n} minutes.",
            "The satellite will track storms and sea temperatures.",
            "Engineers confirmed that the solar panels had unfolded.",
            "The mission cost about {n} million dollars.",
            "Meteorologists said the data would improve forecasts.",
            "It is the agency's third launch this year.",
        ]),
        Event(label: "bank-merger", day: 133, headlines: [
            "Westmark Bank agrees to buy Crown Savings",
            "Westmark and Crown Savings announce merger",
            "Bank merger creates lender with {n} million customers",
        ], sentences: [
            "Westmark Bank agreed to buy Crown Savings in a deal worth {n} billion dollars.",
            "The merger will create one of the largest lenders in the country.",
            "Regulators must approve the deal before it can close.",
            "Westmark said it would keep the Crown Savings brand for two years.",
            "Shares of Crown Savings jumped {n} percent on the news.",
            "The banks expect savings from combining their branch networks.",
            "Analysts said the deal could lead to branch closures.",
        ]),
        Event(label: "lyon-festival", day: 134, headlines: [
            "Lyon light festival draws record crowds",
            "Millions visit Lyon for festival of lights",
            "Lyon festival of lights opens with {n} installations",
        ], sentences: [
            "The festival of lights opened in Lyon with {n} installations across the city.",
            "Organisers expect more than two million visitors over four nights.",
            "Artists projected animations onto the cathedral and old town facades.",
            "Hotels in Lyon were fully booked for the festival.",
            "Some streets were closed to traffic for the light shows.",
            "The festival began as a local tradition of candles in windows.",
            "Visitors queued for hours to see the largest installation.",
        ]),
        Event(label: "beijing-battery-fair", day: 2, headlines: [
            "Battery fair opens in Beijing",
            "Exhibitors crowd Beijing battery expo",
            "Carmakers show new cells at Beijing battery fair",
        ], sentences: [
            "An electric vehicle and battery trade fair opened in Beijing with {n} exhibitors.",
            "Carmakers and battery makers showed new cells and charging systems.",
            "Organisers expect {n} thousand visitors over five days.",
            "Solid-state batteries drew the biggest crowds.",
            "Buyers from dozens of countries toured the exhibition halls.",
            "Several firms announced supply contracts at the fair.",
            "Prices of lithium cells have fallen sharply this year.",
        ]),
    ]

    /// Lines any outlet may add, whatever the story.
    static let filler = [
        "More details are expected later today.",
        "This story has been updated.",
        "Officials did not respond to requests for comment.",
        "Reporting by our correspondents.",
        "The situation is developing.",
    ]

    struct Item {
        var document: ClusterDocument
        var label: String
    }

    /// `perEvent` articles per event (varied by ±3), in time order.
    static func stream(perEvent: Int = 13, seed: UInt64 = 2026) -> [Item] {
        var random = SeededRandom(seed: seed)
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        var items: [(Double, Item)] = []
        for event in events {
            let count = perEvent - 3 + Int(random.next() % 7)
            for n in 0..<count {
                let headline = fill(event.headlines[Int(random.next() % UInt64(event.headlines.count))], &random)
                var sentences = event.sentences
                sentences.shuffle(using: &random)
                let kept = sentences.prefix(3 + Int(random.next() % 3)).map { fill($0, &random) }
                var body = kept.joined(separator: " ")
                if random.next() % 2 == 0 { body += " " + filler[Int(random.next() % UInt64(filler.count))] }
                // Coverage of an event runs over about two days, most of it early.
                let offset = pow(Double(random.next() % 1000) / 1000, 2) * 2
                let id = "\(event.label)-\(n)"
                let document = ClusterDocument(id: id, title: headline, text: body, published: start.addingTimeInterval((event.day + offset) * 86400))
                items.append((event.day + offset, Item(document: document, label: event.label)))
            }
        }
        return items.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.document.id < $1.1.document.id }.map(\.1)
    }

    private static func fill(_ template: String, _ random: inout SeededRandom) -> String {
        template.replacingOccurrences(of: "{n}", with: String(2 + random.next() % 40))
    }
}

/// SplitMix64: a small seeded generator, the same sequence on every platform.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// B-cubed precision, recall and F1 of a clustering against gold labels.
func bCubed(gold: [String: String], predicted: [String: String]) -> (precision: Double, recall: Double, f1: Double) {
    var byGold: [String: Set<String>] = [:], byPredicted: [String: Set<String>] = [:]
    for (item, label) in gold {
        byGold[label, default: []].insert(item)
        byPredicted[predicted[item] ?? "missing:" + item, default: []].insert(item)
    }
    var precision = 0.0, recall = 0.0
    for (item, label) in gold {
        let cluster = byPredicted[predicted[item] ?? "missing:" + item]!
        let same = Double(cluster.intersection(byGold[label]!).count)
        precision += same / Double(cluster.count)
        recall += same / Double(byGold[label]!.count)
    }
    let n = Double(gold.count)
    let p = precision / n, r = recall / n
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
}

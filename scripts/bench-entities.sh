#!/usr/bin/env bash
# Entity and quotation speed: EntityRecognizer.analyze (names, quotations, speakers) over the real
# articles of the shared story-clustering set, repeated to 10,000 articles, and over the entity
# fixture repeated 1,000 times; then one article at 1x, 10x and 100x its length to show that cost
# grows linearly. The core has no dependencies, so it is compiled here with `swiftc -O` together with
# a small driver (whole-module optimisation, as a release build does); nothing is asserted, figures
# are printed, wall-clock and CPU time both, since the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<'SWIFT'
import Foundation

func texts(_ path: String, field: String) -> [String] {
    let data = try! String(contentsOfFile: path, encoding: .utf8)
    return data.split(separator: "\n").compactMap { line in
        let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return object[field] as? String
    }
}

func run(_ label: String, _ items: [String], times: Int) {
    let recognizer = EntityRecognizer()
    var names = 0
    var quotes = 0
    var bytes = 0
    let wall = ContinuousClock()
    let cpuStart = clock()
    let elapsed = wall.measure {
        for _ in 0..<times {
            for text in items {
                let analysis = recognizer.analyze(text)
                names += analysis.entities.count
                quotes += analysis.quotations.count
                bytes += text.utf8.count
            }
        }
    }
    let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "%@: %d texts, %.1f MB, wall %.3f s, CPU %.3f s, %.1f MB/s of CPU, %d names, %d quotations",
                 label, items.count * times, Double(bytes) / 1e6, seconds, cpu, Double(bytes) / 1e6 / cpu, names, quotes))
}

let articles = texts(CommandLine.arguments[1], field: "text")
let fixture = texts(CommandLine.arguments[2], field: "text")
run("articles", articles, times: (10_000 + articles.count - 1) / articles.count)
run("fixture x1000", fixture, times: 1_000)
let sorted = articles.sorted { $0.utf8.count < $1.utf8.count }
let median = sorted[sorted.count / 2]
for factor in [1, 10, 100] {
    let long = Array(repeating: median, count: factor).joined(separator: "\n\n")
    run("one article x\(factor)", [long], times: 1_000 / factor)
}
SWIFT
root=$(pwd)
# Compiled inside the scratch folder: whole-module builds leave module files in the current folder.
(cd "$work" && swiftc -O -wmo -module-name NewsdeskCore "$root"/Sources/NewsdeskCore/*.swift main.swift -o bench 2>&1 \
    | grep "error" || true)
"$work/bench" "$shared/bench/story-clustering/wikiref.jsonl" Tests/NewsdeskCoreTests/Fixtures/entities-quotes.jsonl

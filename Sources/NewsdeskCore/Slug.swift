import Foundation

/// URL- and file-safe names.
public enum Slug {
    /// Lower-case ASCII letters and digits of `text` (case and diacritics folded), runs of anything
    /// else replaced by one hyphen, none at either end; empty when nothing is left.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// `base`, or `base-2`, `base-3`, … when it is taken; the result is added to `used`.
    public static func unique(_ base: String, used: inout Set<String>) -> String {
        var slug = base
        var counter = 2
        while used.contains(slug) {
            slug = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(slug)
        return slug
    }
}

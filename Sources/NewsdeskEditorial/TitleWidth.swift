/// Estimates the rendered width of a title in a common sans-serif font (Arial) at 20 px, the way
/// search result pages truncate titles past about 600 px.
public enum TitleWidth {
    public static func pixels(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// Advance widths of Arial in 1/1000 em, grouped by shape; 20 px per em.
    private static func width(_ scalar: Unicode.Scalar) -> Double {
        let em: Double
        switch scalar {
        case "i", "j", "l", "'", "|", "!", ".", ",", ":", ";": em = 222
        case " ", "f", "t", "I", "r", "(", ")", "[", "]", "-", "/": em = 300
        case "s", "c", "k", "v", "x", "y", "z", "J", "\"": em = 500
        case "m", "M", "W": em = 833
        case "w": em = 722
        case "A", "B", "E", "K", "P", "S", "V", "X", "Y": em = 667
        case "C", "D", "H", "N", "R", "U": em = 722
        case "G", "O", "Q": em = 778
        case "F", "T", "Z", "L": em = 611
        case "—": em = 1000
        default:
            if scalar.value > 0x2E80 { em = 1000 } else { em = 556 }
        }
        return em * 20 / 1000
    }
}

/// `n` with `separator` between groups of three digits: 12825 → "12,825".
package func groupedDigits(_ n: Int, separator: String = ",") -> String {
    let digits = String(n.magnitude)
    var grouped = ""
    for (i, ch) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { grouped.append(contentsOf: separator.reversed()) }
        grouped.append(ch)
    }
    return (n < 0 ? "-" : "") + String(grouped.reversed())
}

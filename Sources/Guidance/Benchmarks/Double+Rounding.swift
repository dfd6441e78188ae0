import Profiles
import Matcher
extension Double {
    /// The value rounded to `places` decimals, for figures printed for people to read.
    public func rounded(toPlaces places: Int) -> Double {
        let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
        return (self * scale).rounded() / scale
    }
}

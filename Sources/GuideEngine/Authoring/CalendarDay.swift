import Foundation

/// A day written `YYYY-MM-DD`, the form of the knowledge base's `reviewed`
/// and `review-due` dates and of the unanswered log.
///
/// Days, not times: the review dates need no more, and the unanswered log
/// must not record the time of day at which a person asked something.
public enum CalendarDay {
    /// The day `date` falls on in `timeZone`, as `YYYY-MM-DD`.
    public static func string(from date: Date, in timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 1970
        let month = parts.month ?? 1
        let day = parts.day ?? 1
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Whether `text` is a day in the form `YYYY-MM-DD` (the loader's rule).
    public static func isValid(_ text: String) -> Bool {
        DocumentParser.isDate(text)
    }
}

# Dates as the pages show them in English: "December 1, 2026", "Dec 1, 2026", "Dec 1, 2026 14:30".
DATE_FORMAT = "F j, Y"
SHORT_DATE_FORMAT = "M j, Y"
DATETIME_FORMAT = "F j, Y H:i"
SHORT_DATETIME_FORMAT = "M j, Y H:i"

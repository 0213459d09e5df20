# Dates as the pages show them in Spanish: "1 de diciembre de 2026", "1 dic 2026", "1 dic 2026 14:30".
DATE_FORMAT = r"j \d\e F \d\e Y"
SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = r"j \d\e F \d\e Y H:i"
SHORT_DATETIME_FORMAT = "j M Y H:i"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","

"""府院联动 services: the centre's ledger, agency heads in court, recommendations follow-up, warnings, programmes."""

"""Pure rules of the court domain: identifiers, case numbers, deadlines, enums, clocks. No I/O."""

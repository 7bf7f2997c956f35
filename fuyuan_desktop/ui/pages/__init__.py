"""The pages of the navigation rail."""

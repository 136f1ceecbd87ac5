"""The Courses tab: courses, their rounds with key numbers, and each round's page."""

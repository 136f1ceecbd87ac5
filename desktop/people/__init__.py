"""Person profiles: the profile dialog and the person picker."""

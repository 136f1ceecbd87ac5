"""The Kansli server: the shared truth the desktop syncs with, and the web pages outsiders use."""

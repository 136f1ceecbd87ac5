"""The API's routes, thin: parse, call a service, answer."""

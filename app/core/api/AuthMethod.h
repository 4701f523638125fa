#pragma once

// How a request proves who it is: a Close API key (HTTP Basic, the key as user name) or an OAuth
// access token (Bearer). One enum for the settings, the profiles, the client and the request log.
enum class AuthMethod { ApiKey, OAuthToken };

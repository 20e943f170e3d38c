# An uncaught exception class that customises __str__
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f'{self.status} for {self.url}'

def fetch(url):
    if not url.startswith('https'):
        raise HttpError(400, url)
    return 'ok'

print(fetch('https://example.org'))
fetch('ftp://example.org')

class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"{self.field} has invalid value {self.value!r}"


def validate(record):
    for key, value in record.items():
        if value is None:
            raise ValidationError(key, value)
    return True


print(validate({"a": 1}))
validate({"name": "x", "age": None})

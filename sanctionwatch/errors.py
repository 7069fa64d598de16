"""Error types the surfaces (CLI, HTTP) map to exit codes and status codes.

Exceptions are named after what the caller should do: an ``InputError`` means the
user's input is wrong and nothing was written (exit code 2, HTTP 400/422).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One thing wrong with an input, located as precisely as we can."""

    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}


@dataclass
class InputError(Exception):
    """The user's input cannot be used; abort the operation and write nothing."""

    problems: list[InputProblem] = field(default_factory=list)

    @classmethod
    def one(
        cls,
        message: str,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> InputError:
        return cls([InputProblem(message, file, row, column)])

    def __str__(self) -> str:
        if not self.problems:
            return "invalid input"
        head = str(self.problems[0])
        if len(self.problems) > 1:
            head += f" (and {len(self.problems) - 1} more problem(s))"
        return head


class ConfigError(Exception):
    """A bundled or user-supplied configuration file is invalid; fix the file and retry."""

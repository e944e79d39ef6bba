"""The append-only journal file format: numbered segments of length- and checksum-framed records.

A segment is `<state file>.journal.<n>`; record = little-endian u32 payload length, u32 CRC-32 of the payload,
the payload. A crash can leave a torn record at the end of the last segment: reading stops at the first record
whose length or checksum does not match (that write was never acknowledged: acknowledgement waits for fsync).

Group commit: `append` only writes (to the OS); `sync_through(position)` makes everything up to `position`
durable with one fsync, and callers that arrive while an fsync runs are covered by the next one (or by the
running one, if it already included their record).
"""

from __future__ import annotations

import os
import re
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

_FRAME = struct.Struct("<II")


def segment_path(state_file: Path, number: int) -> Path:
    return state_file.with_name(f"{state_file.name}.journal.{number:06d}")


def segments(state_file: Path) -> list[tuple[int, Path]]:
    """The journal segments next to `state_file`, oldest first."""
    pattern = re.compile(re.escape(state_file.name) + r"\.journal\.(\d+)$")
    found = []
    if state_file.parent.is_dir():
        for entry in state_file.parent.iterdir():
            if m := pattern.match(entry.name):
                found.append((int(m.group(1)), entry))
    return sorted(found)


def read_records(path: Path) -> Iterator[bytes]:
    """The complete records of a segment, in order (a torn or corrupt tail ends the segment)."""
    data = path.read_bytes()
    pos, end = 0, len(data)
    while pos + _FRAME.size <= end:
        length, crc = _FRAME.unpack_from(data, pos)
        start = pos + _FRAME.size
        if start + length > end:
            return
        payload = data[start : start + length]
        if zlib.crc32(payload) != crc:
            return
        yield payload
        pos = start + length


def fsync_directory(path: Path) -> None:
    """Make a created, renamed or removed directory entry durable (a no-op where directories have no fd)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Journal:
    """The open (newest) segment: append records, make them durable, rotate to a new segment at a snapshot.

    Example:
        >>> import tempfile
        >>> state = Path(tempfile.mkdtemp()) / "state.json"
        >>> journal = Journal(state, number=0)
        >>> journal.sync_through(journal.append(b"hello"))
        >>> list(read_records(segment_path(state, 0)))
        [b'hello']
        >>> journal.close()
    """

    def __init__(self, state_file: Path, number: int) -> None:
        self.state_file = state_file
        self._write_lock = threading.Lock()
        self._sync_lock = threading.Lock()
        self._appended = 0  # bytes appended over the journal's life (all segments): a record's position
        self._synced = 0  # bytes known durable
        self.segment_bytes = 0  # bytes in the open segment
        self.fsyncs = 0  # fsyncs of appended records so far (fewer than records: group commit)
        self.number = number
        self._fd = self._open(number)

    def _open(self, number: int) -> int:
        path = segment_path(self.state_file, number)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        fsync_directory(path.parent)  # the new segment's name survives a crash too
        return fd

    def append(self, payload: bytes) -> int:
        """Write one record (not yet durable); returns the position `sync_through` needs for it."""
        record = _FRAME.pack(len(payload), zlib.crc32(payload)) + payload
        with self._write_lock:
            view = memoryview(record)
            while view:
                view = view[os.write(self._fd, view) :]
            self._appended += len(record)
            self.segment_bytes += len(record)
            return self._appended

    def is_durable(self, position: int) -> bool:
        return self._synced >= position

    def sync_through(self, position: int) -> None:
        """Return once every record up to `position` is on disk (one fsync serves every waiting writer)."""
        if self._synced >= position:
            return
        with self._sync_lock:
            if self._synced >= position:
                return  # the fsync that ran while this caller waited covered it
            with self._write_lock:
                target, fd = self._appended, self._fd
            os.fsync(fd)
            self.fsyncs += 1
            self._synced = max(self._synced, target)

    def rotate(self) -> int:
        """Make the open segment durable, close it and open the next one; returns the new segment's number."""
        with self._sync_lock, self._write_lock:
            os.fsync(self._fd)
            os.close(self._fd)
            self._synced = self._appended
            self.number += 1
            self._fd = self._open(self.number)
            self.segment_bytes = 0
            return self.number

    def close(self) -> None:
        with self._sync_lock, self._write_lock:
            if self._fd >= 0:
                os.fsync(self._fd)
                os.close(self._fd)
                self._synced = self._appended
                self._fd = -1

    def remove_before(self, number: int) -> None:
        """Delete the segments older than `number` (a durable snapshot holds their effects)."""
        removed = False
        for n, path in segments(self.state_file):
            if n < number:
                path.unlink(missing_ok=True)
                removed = True
        if removed:
            fsync_directory(self.state_file.parent)

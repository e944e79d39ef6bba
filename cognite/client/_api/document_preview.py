"""``client.documents.previews``: a document rendered as PDF, or a page as PNG (CDF renders them; the local
emulator answers with a clear error)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from cognite.client._api_client import APIClient
from cognite.client.data_classes.documents import TemporaryLink

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def _check_id(id: int) -> int:
    if isinstance(id, bool) or not isinstance(id, int) or id < 1:
        raise TypeError(f"id must be a positive int, not {id!r}")
    return id


def _write(path: Path | str | IO, data: bytes, overwrite: bool, suffix: str) -> None:
    if hasattr(path, "write"):
        path.write(data)  # type: ignore[union-attr]
        return
    target = Path(path)  # type: ignore[arg-type]
    if target.suffix.lower() != suffix:
        raise ValueError(f"path must end with {suffix} (got {target})")
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists; pass overwrite=True to replace it")
    target.write_bytes(data)


class DocumentPreviewAPI(APIClient):
    """``client.documents.previews``"""

    _RESOURCE_PATH = "/documents"

    async def download_page_as_png_bytes(self, id: int, page_number: int = 1, **options: Unpack[CallOptions]) -> bytes:
        """One page of a document as PNG.

        Example:
            >>> png = client.documents.previews.download_page_as_png_bytes(id=123, page_number=2)  # doctest: +SKIP
        """
        if isinstance(page_number, bool) or not isinstance(page_number, int) or page_number < 1:
            raise ValueError("page_number must be a positive int")
        res = await self._get(
            f"{self._RESOURCE_PATH}/{_check_id(id)}/preview/image/pages/{page_number}", headers={"accept": "image/png"}
        )
        return res.content

    async def download_page_as_png(
        self,
        path: Path | str | IO,
        id: int,
        page_number: int = 1,
        overwrite: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Write one page as PNG to a file (``.png``) or a binary buffer.

        Example:
            >>> client.documents.previews.download_page_as_png("page.png", id=123)  # doctest: +SKIP
        """
        _write(path, await self.download_page_as_png_bytes(id, page_number), overwrite, ".png")

    async def download_document_as_pdf_bytes(self, id: int, **options: Unpack[CallOptions]) -> bytes:
        """The document rendered as PDF.

        Example:
            >>> pdf = client.documents.previews.download_document_as_pdf_bytes(id=123)  # doctest: +SKIP
        """
        res = await self._get(
            f"{self._RESOURCE_PATH}/{_check_id(id)}/preview/pdf", headers={"accept": "application/pdf"}
        )
        return res.content

    async def download_document_as_pdf(
        self, path: Path | str | IO, id: int, overwrite: bool = False, **options: Unpack[CallOptions]
    ) -> None:
        """Write the PDF rendering to a file (``.pdf``) or a binary buffer.

        Example:
            >>> client.documents.previews.download_document_as_pdf("doc.pdf", id=123)  # doctest: +SKIP
        """
        _write(path, await self.download_document_as_pdf_bytes(id), overwrite, ".pdf")

    async def retrieve_pdf_link(self, id: int, **options: Unpack[CallOptions]) -> TemporaryLink:
        """A temporary link to the PDF rendering.

        Example:
            >>> link = client.documents.previews.retrieve_pdf_link(id=123)  # doctest: +SKIP
        """
        res = await self._get(f"{self._RESOURCE_PATH}/{_check_id(id)}/preview/pdf/temporarylink")
        return TemporaryLink.load(res.json())

"""Debug options of ``instances.query`` / ``.sync`` (``DebugParameters``) and what CDF answers (``DebugInfo``).

Only the parameters and the reply's top level are modelled: the notices, the translated query and the plan are
kept as CDF sends them (dicts).

Example:
    >>> from cognite.client.data_classes.data_modeling.debug import DebugParameters
    >>> DebugParameters(emit_results=False, include_plan=True).dump()
    {'emitResults': False, 'profile': False, 'includeTranslatedQuery': False, 'includePlan': True, 'includeLlmPrompt': False}
"""

from __future__ import annotations

from typing import Any

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteResource
from cognite.client.data_classes._spec import to_snake

__all__ = ["DebugInfo", "DebugParameters"]


class DebugParameters(CogniteResource):
    """``emit_results=False`` returns no instances (only the debug information); ``timeout`` (ms) bounds the
    query; ``include_translated_query`` / ``include_plan`` / ``profile`` / ``include_llm_prompt`` ask for more."""

    def __init__(
        self,
        *,
        emit_results: bool = True,
        timeout: int | None = None,
        include_translated_query: bool = False,
        include_plan: bool = False,
        profile: bool = False,
        include_llm_prompt: bool = False,
    ) -> None:
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1):
            raise ValueError(f"DebugParameters.timeout must be a positive int (milliseconds), got {timeout!r}")
        self.emit_results = emit_results
        self.timeout = timeout
        self.include_translated_query = include_translated_query
        self.include_plan = include_plan
        self.profile = profile
        self.include_llm_prompt = include_llm_prompt
        self._cognite_client = None

    @property
    def requires_alpha_header(self) -> bool:
        """Whether CDF serves these options only under an alpha ``cdf-version`` (the plan, the translated query,
        profiling)."""
        return self.include_plan or self.include_translated_query or self.profile

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "emitResults": self.emit_results,
            "profile": self.profile,
            "includeTranslatedQuery": self.include_translated_query,
            "includePlan": self.include_plan,
            "includeLlmPrompt": self.include_llm_prompt,
        }
        if self.timeout is not None:
            out["timeout"] = self.timeout
        return out if camel_case else {to_snake(k): v for k, v in out.items()}

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(**{to_snake(k): v for k, v in resource.items()})


class DebugInfo(CogniteResource):
    """The debug part of a query / sync reply: ``notices`` (hints about the query), ``translated_query`` and
    ``plan`` when asked for."""

    def __init__(
        self,
        notices: list[dict[str, Any]] | None = None,
        translated_query: dict[str, Any] | None = None,
        plan: dict[str, Any] | None = None,
    ) -> None:
        self.notices = notices if notices is not None else []
        self.translated_query = translated_query
        self.plan = plan
        self._cognite_client = None

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(
            resource.get("notices"),
            resource.get("translatedQuery", resource.get("translated_query")),
            resource.get("plan"),
        )

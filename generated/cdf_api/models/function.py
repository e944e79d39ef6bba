from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_runtime import FunctionRuntime
from ..models.function_status import FunctionStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.function_build_error import FunctionBuildError
    from ..models.function_env_vars import FunctionEnvVars
    from ..models.function_secrets import FunctionSecrets
    from ..models.meta_data import MetaData


T = TypeVar("T", bound="Function")


@_attrs_define
class Function(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        status (FunctionStatus): Status of the function. It starts in a Queued state, is then Deploying before it is
            either Ready or Failed. If the function is Ready, it can be called. Example: Queued.
        name (str): The name of the function. Example: myfunction.
        file_id (int): A server-generated ID for the object.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        owner (str | Unset): Owner of this function. Typically used to know who created it. Example: user@cognite.com.
        description (str | Unset): Description of the function. Example: My fantastic function with advanced ML.
        metadata (MetaData | Unset): Custom, application specific metadata. String key -> String value. Limits: Maximum
            length of key is 32, value 512 characters, up to 16 key-value pairs. Maximum size of entire metadata is 4096
            bytes.
        secrets (FunctionSecrets | Unset): Object with additional secrets as key/value pairs. These can e.g. password to
            simulators or other data sources. Keys must be lowercase characters, numbers or dashes (-) and at most 15
            characters. You can create at most 30 secrets, all keys must be unique, and cannot be `token`, `indexUrl`, or
            `extraIndexUrls`. For each secret, the combined size of the secret name and secret value is limited by 25 kB.
            The secrets are returned scrambled if set. Example: {'MySecret': '***'}.
        function_path (str | Unset): Relative path from the root folder to the file containing the `handle` function.
            Defaults to `handler.py`. Must be on POSIX path format. Example: myfunction/handler.py.
        env_vars (FunctionEnvVars | Unset): Object with environment variables as key/value pairs. Keys can contain only
            letters, numbers or the underscore character. You can create at most 100 environment variables. Example:
            {'MyKey': 'MyValue'}.
        cpu (float | Unset): Number of CPU cores per function. Allowed range and default value are given by the [limits
            endpoint](https://developer.cognite.com/api#tag/Functions/operation/functionsLimits). On Azure, only the default
            value is used. Example: 1.
        memory (float | Unset): Memory per function measured in GB. Allowed range and default value are given by the
            [limits endpoint](https://developer.cognite.com/api#tag/Functions/operation/functionsLimits). On Azure, only the
            default value is used. Example: 1.5.
        runtime (FunctionRuntime | Unset): The runtime of the function. For example, runtime "py313" translates to the
            latest version of the Python 3.13 series. Example: py313.
        runtime_version (str | Unset): The complete specification of the function runtime with major, minor and patch
            version numbers. Example: Python 3.11.10.
        error (FunctionBuildError | Unset): Cognite Function API error.
        last_called (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        index_url (str | Unset): Specify a different python package index, allowing for packages published in private
            repositories.
            Supports basic HTTP authentication as described in [pip basic
            authentication](https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication).
            See the
            [documentation](https://docs.cognite.com/cdf/functions/#additional-arguments)
            for additional information related to the security risks of using this
            option. Example: https://username:password@pypi.company.com/simple.
        extra_index_urls (list[str] | Unset): Extra package index URLs to use when building the function, allowing for
            packages published in private repositories.
            Supports basic HTTP authentication as described in [pip basic
            authentication](https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication).
            See the
            [documentation](https://docs.cognite.com/cdf/functions/#additional-arguments)
            for additional information related to the security risks of using this
            option. Example: ['https://username:password@pypi.company.com/simple', 'https://token@pypi.company.com/simple',
            'https://pypi.company.com/simple'].
    """

    _FIT = {
        "id": "i",
        "createdTime": "i",
        "status": "s",
        "name": "s",
        "fileId": "i",
        "externalId": "s",
        "owner": "s",
        "description": "s",
        "metadata": ("m", "MetaData"),
        "secrets": ("m", "FunctionSecrets"),
        "functionPath": "s",
        "envVars": ("m", "FunctionEnvVars"),
        "cpu": "n",
        "memory": "n",
        "runtime": "s",
        "runtimeVersion": "s",
        "error": ("m", "FunctionBuildError"),
        "lastCalled": "i",
        "indexUrl": "s",
        "extraIndexUrls": ("l", "s"),
    }
    _REQUIRED = ("id", "createdTime", "status", "name", "fileId")

    id: int
    created_time: int
    status: FunctionStatus
    name: str
    file_id: int
    external_id: str | Unset = UNSET
    owner: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: MetaData | Unset = UNSET
    secrets: FunctionSecrets | Unset = UNSET
    function_path: str | Unset = UNSET
    env_vars: FunctionEnvVars | Unset = UNSET
    cpu: float | Unset = UNSET
    memory: float | Unset = UNSET
    runtime: FunctionRuntime | Unset = UNSET
    runtime_version: str | Unset = UNSET
    error: FunctionBuildError | Unset = UNSET
    last_called: int | Unset = UNSET
    index_url: str | Unset = UNSET
    extra_index_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        status = self.status.value

        name = self.name

        file_id = self.file_id

        external_id = self.external_id

        owner = self.owner

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        function_path = self.function_path

        env_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = self.env_vars.to_dict()

        cpu = self.cpu

        memory = self.memory

        runtime: str | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.value

        runtime_version = self.runtime_version

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        last_called = self.last_called

        index_url = self.index_url

        extra_index_urls: list[str] | Unset = UNSET
        if not isinstance(self.extra_index_urls, Unset):
            extra_index_urls = self.extra_index_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "status": status,
                "name": name,
                "fileId": file_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if function_path is not UNSET:
            field_dict["functionPath"] = function_path
        if env_vars is not UNSET:
            field_dict["envVars"] = env_vars
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if runtime_version is not UNSET:
            field_dict["runtimeVersion"] = runtime_version
        if error is not UNSET:
            field_dict["error"] = error
        if last_called is not UNSET:
            field_dict["lastCalled"] = last_called
        if index_url is not UNSET:
            field_dict["indexUrl"] = index_url
        if extra_index_urls is not UNSET:
            field_dict["extraIndexUrls"] = extra_index_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_build_error import FunctionBuildError  # noqa: PLC0415
        from ..models.function_env_vars import FunctionEnvVars  # noqa: PLC0415
        from ..models.function_secrets import FunctionSecrets  # noqa: PLC0415
        from ..models.meta_data import MetaData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_time = d.pop("createdTime")

        status = FunctionStatus(d.pop("status"))

        name = d.pop("name")

        file_id = d.pop("fileId")

        external_id = d.pop("externalId", UNSET)

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetaData | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetaData.from_dict(_metadata)

        _secrets = d.pop("secrets", UNSET)
        secrets: FunctionSecrets | Unset
        if isinstance(_secrets, Unset):
            secrets = UNSET
        else:
            secrets = FunctionSecrets.from_dict(_secrets)

        function_path = d.pop("functionPath", UNSET)

        _env_vars = d.pop("envVars", UNSET)
        env_vars: FunctionEnvVars | Unset
        if isinstance(_env_vars, Unset):
            env_vars = UNSET
        else:
            env_vars = FunctionEnvVars.from_dict(_env_vars)

        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        _runtime = d.pop("runtime", UNSET)
        runtime: FunctionRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = FunctionRuntime(_runtime)

        runtime_version = d.pop("runtimeVersion", UNSET)

        _error = d.pop("error", UNSET)
        error: FunctionBuildError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = FunctionBuildError.from_dict(_error)

        last_called = d.pop("lastCalled", UNSET)

        index_url = d.pop("indexUrl", UNSET)

        extra_index_urls = cast(list[str], d.pop("extraIndexUrls", UNSET))

        function = cls(
            id=id,
            created_time=created_time,
            status=status,
            name=name,
            file_id=file_id,
            external_id=external_id,
            owner=owner,
            description=description,
            metadata=metadata,
            secrets=secrets,
            function_path=function_path,
            env_vars=env_vars,
            cpu=cpu,
            memory=memory,
            runtime=runtime,
            runtime_version=runtime_version,
            error=error,
            last_called=last_called,
            index_url=index_url,
            extra_index_urls=extra_index_urls,
        )

        function.additional_properties = d
        return function

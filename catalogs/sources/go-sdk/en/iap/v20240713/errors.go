// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20240713

const (
	// error codes for specific actions

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// The IdP name is already in use.
	INVALIDPARAMETER_IDENTITYNAMEINUSE = "InvalidParameter.IdentityNameInUse"

	// IdP metadata document error.
	INVALIDPARAMETER_METADATAERROR = "InvalidParameter.MetadataError"

	// Parameter error.
	INVALIDPARAMETER_PARAMERROR = "InvalidParameter.ParamError"

	// The OIDC signature public key is incorrect.
	INVALIDPARAMETERVALUE_IDENTITYKEYERROR = "InvalidParameterValue.IdentityKeyError"

	// The IdP URL is incorrect.
	INVALIDPARAMETERVALUE_IDENTITYURLERROR = "InvalidParameterValue.IdentityUrlError"

	// IdP name error.
	INVALIDPARAMETERVALUE_NAMEERROR = "InvalidParameterValue.NameError"

	// The upper limit on the number of IdPs has been reached.
	LIMITEXCEEDED_IDENTITYFULL = "LimitExceeded.IdentityFull"

	// The IdP does not exist.
	RESOURCENOTFOUND_IDENTITYNOTEXIST = "ResourceNotFound.IdentityNotExist"

	// No data.
	RESOURCENOTFOUND_RECORDNOTEXISTS = "ResourceNotFound.RecordNotExists"
)

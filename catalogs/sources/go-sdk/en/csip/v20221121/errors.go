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

package v20221121

const (
	// error codes for specific actions

	// CAM signature/authentication error.
	AUTHFAILURE = "AuthFailure"

	// The request would have succeeded, but the DryRun parameter was used.
	DRYRUNOPERATION = "DryRunOperation"

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Invalid Filter
	INVALIDFILTER = "InvalidFilter"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// Decrypt error
	INVALIDPARAMETER_DECRYPTERROR = "InvalidParameter.DecryptError"

	// Invalid parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// The quota limit is reached.
	LIMITEXCEEDED = "LimitExceeded"

	// Missing parameters.
	MISSINGPARAMETER = "MissingParameter"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// Region error
	REGIONERROR = "RegionError"

	// Too many requests.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// Occupied resource
	RESOURCEINUSE = "ResourceInUse"

	// Resources are insufficient.
	RESOURCEINSUFFICIENT = "ResourceInsufficient"

	// The resource doesn't exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The resource is unavailable
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// The resources have been sold out.
	RESOURCESSOLDOUT = "ResourcesSoldOut"

	// The operation is unauthorized.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// Perform unauthorized operations on the "operation audit" product.
	UNAUTHORIZEDOPERATION_CLOUDAUDIT = "UnauthorizedOperation.CloudAudit"

	// Unauthorized operation on the "Object Storage" product.
	UNAUTHORIZEDOPERATION_COS = "UnauthorizedOperation.Cos"

	// The parameter is unknown.
	UNKNOWNPARAMETER = "UnknownParameter"

	// The operation is not supported.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"
)

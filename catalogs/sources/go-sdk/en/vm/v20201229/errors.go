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

package v20201229

const (
	// error codes for specific actions

	// A CAM signature/authentication error occurred.
	AUTHFAILURE = "AuthFailure"

	// DryRun operation, which means the DryRun parameter is passed in yet the request will still be successful.
	DRYRUNOPERATION = "DryRunOperation"

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// The quota limit has been reached.
	LIMITEXCEEDED = "LimitExceeded"

	// Missing parameter.
	MISSINGPARAMETER = "MissingParameter"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// The number of requests exceeds the frequency limit.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// The resource is occupied.
	RESOURCEINUSE = "ResourceInUse"

	// Insufficient resource.
	RESOURCEINSUFFICIENT = "ResourceInsufficient"

	// The resource doesn’t exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The resource is unavailable.
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// The resources have been sold out.
	RESOURCESSOLDOUT = "ResourcesSoldOut"

	// Unauthorized operation.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// Not authorized / No valid package / Account is in arrears.
	UNAUTHORIZEDOPERATION_UNAUTHORIZED = "UnauthorizedOperation.Unauthorized"

	// Unknown parameter error.
	UNKNOWNPARAMETER = "UnknownParameter"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"
)

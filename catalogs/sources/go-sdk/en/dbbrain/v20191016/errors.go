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

package v20191016

const (
	// error codes for specific actions

	// Error with CAM signature/authentication.
	AUTHFAILURE = "AuthFailure"

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Loading data
	FAILEDOPERATION_SEGMENTLOADING = "FailedOperation.SegmentLoading"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Incorrect parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Incorrect parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// The quota limit is exceeded.
	LIMITEXCEEDED = "LimitExceeded"

	// Missing parameter.
	MISSINGPARAMETER = "MissingParameter"

	// Operation denied.
	OPERATIONDENIED = "OperationDenied"

	// Error with CAM authentication.
	OPERATIONDENIED_USERHASNOSTRATEGY = "OperationDenied.UserHasNoStrategy"

	// The number of requests exceeds the frequency limit.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// The resource does not exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The operation is unauthorized.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"

	// Unknown parameter.
	UNKNOWNPARAMETER = "UnknownParameter"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"
)
